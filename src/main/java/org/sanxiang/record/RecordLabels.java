package org.sanxiang.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Chinese words of the record's entries, read from what the application deploys ({@code forms/*.form}: each
 * field's label and its options' labels; {@code processes/*.bpmn}: the processes' and activities' names;
 * {@code dmn/*.dmn}: the decisions' names, their inputs' variables and their outputs' labels), the modules'
 * {@link RecordVocabulary} and the labels of the values the processes set themselves ({@link SystemLabels}).
 */
final class RecordLabels {

    private static final Pattern OPTION = Pattern.compile("label:\\s*\"([^\"]*)\",\\s*value:\\s*\"([^\"]*)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> fields = new HashMap<>();
    private final Map<String, Map<String, String>> values = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> inputVariables = new HashMap<>();
    private final Map<String, String> outputs = new HashMap<>();
    private final java.util.Set<String> ruleTasks = new java.util.HashSet<>();

    private RecordLabels() {
    }

    /** the labels of the forms, processes and decisions on the classpath, with the modules' vocabularies */
    static RecordLabels fromClasspath(List<RecordVocabulary> vocabularies) {
        RecordLabels labels = new RecordLabels();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(RecordLabels.class.getClassLoader());
        try {
            // in the order of the file names, so that a key on several forms always takes the same label
            for (Resource form : sorted(resolver.getResources("classpath*:forms/*.form"))) {
                try (InputStream in = form.getInputStream()) {
                    labels.form(JSON.readTree(in).path("components"));
                }
            }
            for (Resource bpmn : resolver.getResources("classpath*:processes/*.bpmn")) {
                labels.bpmn(xml(bpmn));
            }
            for (Resource dmn : resolver.getResources("classpath*:dmn/*.dmn")) {
                labels.dmn(xml(dmn));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the forms, processes and decisions for the record's labels failed", e);
        }
        SystemLabels.FIELDS.forEach(labels.fields::putIfAbsent);
        for (RecordVocabulary vocabulary : vocabularies) {
            vocabulary.valueLabels().forEach((field, codes) -> labels.values.computeIfAbsent(field, f -> new HashMap<>()).putAll(codes));
        }
        return labels;
    }

    /** the label of a field (form field, value set by a process or detail of a step), or null */
    String field(String key) {
        return fields.get(key);
    }

    /** the label of a field's code, or null */
    String value(String key, String code) {
        Map<String, String> codes = values.get(key);
        return codes == null ? null : codes.get(code);
    }

    /** the name of a process, activity or decision by its id, or null */
    String name(String id) {
        return id == null ? null : names.get(id);
    }

    /** the activity is a business rule task (its name only repeats its decision's) */
    boolean ruleTask(String id) {
        return ruleTasks.contains(id);
    }

    /** the variable a decision's input (by its label) reads, or null when it is an expression */
    String inputVariable(String decision, String inputLabel) {
        return inputVariables.get(decision + "/" + inputLabel);
    }

    /** what a decision's output code means: its meaning for this decision, else the label of the code, else null */
    String decisionValue(String decision, String output, String code) {
        Map<String, String> meanings = SystemLabels.DECISION_VALUES.get(decision + "/" + output);
        String meaning = meanings == null ? null : meanings.get(code);
        return meaning != null ? meaning : value(output, code);
    }

    /** the label of a decision's output, or null */
    String output(String decision, String output) {
        return outputs.get(decision + "/" + output);
    }

    private void form(JsonNode components) {
        for (JsonNode component : components) {
            String key = component.path("key").asText(null);
            if (key != null && component.hasNonNull("label")) {
                fields.putIfAbsent(key, component.path("label").asText());
                Map<String, String> codes = values.computeIfAbsent(key, k -> new HashMap<>());
                component.path("values").forEach(option -> codes.putIfAbsent(option.path("value").asText(), option.path("label").asText()));
                Matcher options = OPTION.matcher(component.path("valuesExpression").asText(""));
                while (options.find()) {
                    codes.putIfAbsent(options.group(2), options.group(1));
                }
            }
            form(component.path("components"));
        }
    }

    private void bpmn(Document document) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (!element.getAttribute("id").isEmpty() && !element.getAttribute("name").isEmpty()) {
                names.putIfAbsent(element.getAttribute("id"), element.getAttribute("name"));
                if ("businessRuleTask".equals(element.getLocalName())) {
                    ruleTasks.add(element.getAttribute("id"));
                }
            }
        }
    }

    private void dmn(Document document) {
        NodeList decisions = document.getElementsByTagNameNS("*", "decision");
        for (int i = 0; i < decisions.getLength(); i++) {
            Element decision = (Element) decisions.item(i);
            String id = decision.getAttribute("id");
            names.putIfAbsent(id, decision.getAttribute("name"));
            NodeList inputs = decision.getElementsByTagNameNS("*", "input");
            for (int j = 0; j < inputs.getLength(); j++) {
                Element input = (Element) inputs.item(j);
                NodeList text = input.getElementsByTagNameNS("*", "text");
                String expression = text.getLength() == 0 ? "" : text.item(0).getTextContent().strip();
                if (expression.matches("[A-Za-z][A-Za-z0-9]*")) {
                    inputVariables.put(id + "/" + input.getAttribute("label"), expression);
                }
            }
            NodeList outputNodes = decision.getElementsByTagNameNS("*", "output");
            for (int j = 0; j < outputNodes.getLength(); j++) {
                Element output = (Element) outputNodes.item(j);
                outputs.put(id + "/" + output.getAttribute("name"), output.getAttribute("label"));
            }
        }
    }

    private static List<Resource> sorted(Resource[] resources) {
        return java.util.Arrays.stream(resources).sorted(java.util.Comparator.comparing(r -> String.valueOf(r.getFilename()))).toList();
    }

    private static Document xml(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read " + resource, e);
        }
    }
}
