package org.sanxiang.enforcement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sanxiang.people.EnforcementStaff.Member;
import org.springframework.core.io.ClassPathResource;

/**
 * The start form of a case ({@code forms/register-case.form}, as the Camunda Modeler keeps it) with the enforcement
 * staff to choose the handlers from: Tasklist gives a start form no variables, so the options of the {@code handlers}
 * taglist are written into the form itself, labelled by name (张三（执法证号 …）) with the user id as value.
 */
final class StartForm {

    static final String KEY = "register-case";
    static final String RESOURCE = "forms/" + KEY + ".form";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode template;

    private StartForm(ObjectNode template) {
        this.template = template;
    }

    static StartForm fromClasspath() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new StartForm((ObjectNode) JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** the form offering the staff as handlers (UTF-8 JSON, the same bytes for the same staff) */
    byte[] with(List<Member> staff) {
        ObjectNode form = template.deepCopy();
        ArrayNode values = handlersField(form).putArray("values");
        for (Member member : staff) {
            values.addObject().put("label", label(member)).put("value", member.userId());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(form);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + RESOURCE, e);
        }
    }

    static String label(Member member) {
        return member.name() + "（执法证号 " + member.certificateNumber() + "）";
    }

    private static ObjectNode handlersField(ObjectNode form) {
        for (JsonNode component : form.path("components")) {
            if (EnforcementCaseProcess.HANDLERS.equals(component.path("key").asText())) {
                return (ObjectNode) component;
            }
        }
        throw new IllegalStateException(RESOURCE + " has no field " + EnforcementCaseProcess.HANDLERS);
    }
}
