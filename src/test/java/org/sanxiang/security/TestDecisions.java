package org.sanxiang.security;

/** Small deployable resources for the deployment rights tests. */
final class TestDecisions {

    private TestDecisions() {
    }

    static String dmn(String key, String inputExpression, String expressionLanguageAttribute) {
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                         id="%1$s-drd" name="测试决策" namespace="http://sanxiang.org/dmn/test">
              <decision id="%1$s" name="测试决策" camunda:historyTimeToLive="P30D">
                <decisionTable id="%1$s-table">
                  <input id="%1$s-in" label="金额">
                    <inputExpression id="%1$s-expr" typeRef="string"%3$s><text>%2$s</text></inputExpression>
                  </input>
                  <output id="%1$s-out" name="level" typeRef="string"/>
                  <rule id="%1$s-rule">
                    <inputEntry id="%1$s-entry"><text></text></inputEntry>
                    <outputEntry id="%1$s-result"><text>"NONE"</text></outputEntry>
                  </rule>
                </decisionTable>
              </decision>
            </definitions>
            """.formatted(key, inputExpression, expressionLanguageAttribute);
    }

    static String bpmn(String key) {
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                              id="%1$s-defs" targetNamespace="http://sanxiang.org/test">
              <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P30D">
                <bpmn:startEvent id="start"/>
              </bpmn:process>
            </bpmn:definitions>
            """.formatted(key);
    }
}
