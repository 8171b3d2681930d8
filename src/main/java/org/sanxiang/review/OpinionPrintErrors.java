package org.sanxiang.review;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.AuthorizationException;
import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.refusal.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The printable opinion is a page, not an API: its refusals (the same types {@link
 * org.sanxiang.refusal.ApiErrors} answers as JSON) are shown as a Chinese HTML error page with the
 * same status (docs/domain.md, "Refusals"). Applies to {@link OpinionPrintController} only.
 */
@ControllerAdvice(assignableTypes = OpinionPrintController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpinionPrintErrors {

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, Model model, HttpServletResponse response) {
        return OpinionPrintController.error(400, e.getMessage(), model, response);
    }

    @ExceptionHandler(AuthorizationException.class)
    String forbidden(AuthorizationException e, Model model, HttpServletResponse response) {
        return OpinionPrintController.error(403, e.getMessage(), model, response);
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return OpinionPrintController.error(404, e.getMessage(), model, response);
    }
}
