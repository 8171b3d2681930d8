package org.sanxiang.people;

import org.sanxiang.refusal.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.refusal.JsonFields;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/people}: the credentials of staff (持证上岗, 法律职业资格), kept by administrators, and
 * the reviewer-to-enforcement-staff ratio.
 * <ul>
 * <li>{@code PUT /api/people/{userId}/credential} (administrators):
 *     {@code {"certificateNumber":"...","certificateExpiry":"YYYY-MM-DD","legalQualification":true}};
 *     a certificate number needs its expiry and vice versa, both may be null (no certificate).</li>
 * <li>{@code GET /api/people/{userId}/credential} (administrators and the user)</li>
 * <li>{@code GET /api/people/reviewer-ratio} (any logged-in user)</li>
 * </ul>
 */
@RestController
@RequestMapping(path = "/api/people", produces = MediaType.APPLICATION_JSON_VALUE)
public class CredentialController {

    static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern CERTIFICATE_NUMBER = Pattern.compile("[\\p{IsHan}A-Za-z0-9\\-]{1,64}");
    private static final Set<String> FIELDS = Set.of("certificateNumber", "certificateExpiry", "legalQualification");

    private final Credentials credentials;
    private final Directory directory;
    private final ReviewerRatio ratio;

    public CredentialController(Credentials credentials, Directory directory, ReviewerRatio ratio) {
        this.credentials = credentials;
        this.directory = directory;
        this.ratio = ratio;
    }

    @PutMapping(path = "/{userId}/credential", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CredentialView> put(@PathVariable String userId, @RequestBody JsonNode body) {
        ActingUser admin = actingUser();
        if (!admin.isIn(Groups.CAMUNDA_ADMIN)) {
            throw new ActionNotAllowedException("只有系统管理员可以登记执法证和法律职业资格；用户 " + admin.userId() + " 不是系统管理员。");
        }
        String id = checkedUserId(userId);
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "请求体应为 JSON 对象：{\"certificateNumber\":\"执法证号\",\"certificateExpiry\":\"YYYY-MM-DD\",\"legalQualification\":true}。");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException(name, "请求体含未知字段“" + echo(name) + "”：允许的字段为 certificateNumber、certificateExpiry、legalQualification。");
            }
        }
        String number = JsonFields.text(body, "certificateNumber", "执法证号");
        if (number != null && !CERTIFICATE_NUMBER.matcher(number).matches()) {
            throw new InvalidInputException("certificateNumber", "执法证号只能包含汉字、字母、数字和连字符，最长64个字符。");
        }
        LocalDate expiry = date(body, "certificateExpiry", "执法证有效期");
        if ((number == null) != (expiry == null)) {
            throw new InvalidInputException(number == null ? "certificateNumber" : "certificateExpiry",
                "执法证号和有效期应同时填写，或同时为空（无执法证）。");
        }
        JsonNode qualification = body.get("legalQualification");
        if (qualification != null && !qualification.isNull() && !qualification.isBoolean()) {
            throw new InvalidInputException("legalQualification", "法律职业资格应为 true 或 false。");
        }
        StaffCredential saved = credentials.put(id, number, expiry, qualification != null && qualification.asBoolean(), admin.userId());
        return ResponseEntity.ok(view(saved));
    }

    @GetMapping("/{userId}/credential")
    public ResponseEntity<CredentialView> get(@PathVariable String userId) {
        ActingUser user = actingUser();
        String id = checkedUserId(userId);
        if (!user.isIn(Groups.CAMUNDA_ADMIN) && !user.userId().equals(id)) {
            throw new ActionNotAllowedException("只有系统管理员和本人可以查看用户 " + id + " 的执法证和法律职业资格。");
        }
        return credentials.of(id).map(c -> ResponseEntity.ok(view(c)))
            .orElseThrow(() -> new NotFoundException("用户 " + id + " 尚未登记执法证或法律职业资格。"));
    }

    @GetMapping("/reviewer-ratio")
    public ReviewerRatio.Report reviewerRatio() {
        actingUser();
        return ratio.report();
    }

    private ActingUser actingUser() {
        return directory.actingUser().orElseThrow(() -> new ActionNotAllowedException("请先登录。"));
    }

    private String checkedUserId(String userId) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            throw new InvalidInputException("userId", "用户名“" + echo(String.valueOf(userId)) + "”格式不正确。");
        }
        if (!directory.userExists(userId)) {
            throw new NotFoundException("用户 " + userId + " 不存在。");
        }
        return userId;
    }


    static class UnknownUserException extends RuntimeException {
        UnknownUserException(String userId) {
            super(userId);
        }
    }

    private static LocalDate date(JsonNode body, String field, String label) {
        String text = JsonFields.text(body, field, label);
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new InvalidInputException(field, label + "（" + field + "）“" + echo(text) + "”不是有效日期，格式为 YYYY-MM-DD。");
    }

    /** a staff member's credentials as the API answers them */
    public record CredentialView(String userId, String certificateNumber, String certificateExpiry, boolean certificateValid,
                                 boolean legalQualification, Instant updatedAt, String updatedBy) {
    }

    private static CredentialView view(StaffCredential c) {
        return new CredentialView(c.getUserId(), c.getCertificateNumber(),
            c.getCertificateExpiry() == null ? null : c.getCertificateExpiry().toString(),
            c.certificateValidOn(Credentials.today()), c.hasLegalQualification(), c.getUpdatedAt(), c.getUpdatedBy());
    }

    static String echo(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
