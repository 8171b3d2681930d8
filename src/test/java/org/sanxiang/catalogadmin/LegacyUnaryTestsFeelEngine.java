package org.sanxiang.catalogadmin;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;

/**
 * For the benchmark only: input entries (unary tests) by Camunda's legacy Java FEEL engine (FEEL
 * translated to JUEL, cached), everything else by FEEL-Scala parsed once. The legacy engine is
 * used only for a non-null input and a cell of the catalog's simple forms (string list, number
 * comparison, boolean), where both engines mean the same; the benchmark checks that every result
 * equals FEEL-Scala's.
 */
final class LegacyUnaryTestsFeelEngine implements FeelEngine {

    private final FeelEngine legacy = new FeelEngineFactoryImpl().createInstance();
    private final FeelEngine scala;

    LegacyUnaryTestsFeelEngine(FeelEngine scala) {
        this.scala = scala;
    }

    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext context) {
        return scala.evaluateSimpleExpression(expression, context);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext context) {
        Object input = context.resolve(inputVariable) == null ? null : context.resolve(inputVariable).getValue();
        boolean simple = (input instanceof String && Cells.strings(expression) != null)
            || (input instanceof Number && Cells.threshold(expression) != null && !expression.strip().startsWith("="))
            || (input instanceof Boolean && (expression.equals("true") || expression.equals("false")));
        return simple ? legacy.evaluateSimpleUnaryTests(expression, inputVariable, context)
            : scala.evaluateSimpleUnaryTests(expression, inputVariable, context);
    }
}
