package org.sanxiang.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders a document: its XHTML Thymeleaf template ({@code documents/<name>.xhtml}, XML mode, so that every value is
 * escaped and the result stays well-formed XHTML) filled with the document's values, then openhtmltopdf lays it out as
 * PDF with the shipped font ({@link #FONT_FAMILY}) embedded: the same document on every server, whatever fonts it has.
 * A template of the same name in {@code sanxiang.documents.template-directory} replaces the shipped one.
 */
@Component
class PdfRenderer {

    /** the family the templates name in their CSS */
    static final String FONT_FAMILY = "WenQuanYi Micro Hei";
    static final String FONT = "documents/fonts/WenQuanYiMicroHei-GBK.ttf";

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final byte[] font;

    PdfRenderer(DocumentSettings settings) {
        if (!settings.templateDirectory().isEmpty()) {
            FileTemplateResolver agency = configure(new FileTemplateResolver(), Path.of(settings.templateDirectory()).toAbsolutePath() + "/");
            agency.setOrder(1);
            agency.setCheckExistence(true);
            agency.setCacheable(false);
            templates.addTemplateResolver(agency);
        }
        ClassLoaderTemplateResolver shipped = configure(new ClassLoaderTemplateResolver(), "documents/");
        shipped.setOrder(2);
        templates.addTemplateResolver(shipped);
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("the documents' font is missing: " + FONT);
            }
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T extends AbstractConfigurableTemplateResolver> T configure(T resolver, String prefix) {
        resolver.setPrefix(prefix);
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return resolver;
    }

    /** the template filled with the values, as XHTML */
    String xhtml(String template, Map<String, Object> values) {
        Context context = new Context();
        context.setVariables(values);
        return templates.process(template, context);
    }

    byte[] pdf(String template, Map<String, Object> values) {
        String xhtml = xhtml(template, values);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("sanxiang-workflow");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + template + " failed", e);
        }
    }
}
