package org.sanxiang.refusal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What Spring itself answers when no controller does (404 no such address, 405 method not allowed, 500, ...): the
 * same JSON shape as {@link ApiErrors}, {@code {"error": "<中文说明>"}}, with the status and the path; never an
 * exception's English message or stack trace.
 */
@Component
class ChineseErrors extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> spring = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        int status = spring.get("status") instanceof Integer code ? code : 500;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message(status, String.valueOf(spring.get("path"))));
        body.put("path", spring.get("path"));
        return body;
    }

    static String message(int status, String path) {
        return switch (status) {
            case 400 -> "请求无效：请检查请求的参数和内容。";
            case 401 -> "请先登录。";
            case 403 -> "没有权限执行此操作。";
            case 404 -> "请求的地址不存在：" + path + "。";
            case 405 -> "该地址不支持此请求方法：" + path + "。";
            case 406 -> "无法以所要求的格式答复。";
            case 413 -> "请求内容过大。";
            case 415 -> "不支持的请求内容类型（请使用 JSON）。";
            default -> status >= 500 ? "服务器内部错误，请稍后重试；如持续出现，请联系系统管理员。" : "请求未能处理（状态 " + status + "）。";
        };
    }
}
