package org.sanxiang.enforcement;

import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationException;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.people.Groups;
import org.sanxiang.people.Recusal;
import org.sanxiang.people.Recusals;
import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.refusal.JsonFields;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/cases/{caseNumber}/recusals}: declared recusals (回避) of reviewers from a case's
 * legal review. A reviewer declares his or her own ({@code {"reason":"..."}}); an administrator
 * declares anyone's ({@code {"userId":"reviewer2","reason":"..."}}). A recusal is never withdrawn.
 * Whoever may read the case may list them.
 */
@RestController
@RequestMapping(path = "/api/cases/{caseNumber}/recusals", produces = MediaType.APPLICATION_JSON_VALUE)
public class RecusalController {

    private static final Set<String> FIELDS = Set.of("userId", "reason");
    private static final int MAX_REASON = 1000;

    private final CaseRegister cases;
    private final Recusals recusals;
    private final Directory directory;
    private final CaseReaders readers;

    public RecusalController(CaseRegister cases, Recusals recusals, Directory directory, CaseReaders readers) {
        this.cases = cases;
        this.recusals = recusals;
        this.directory = directory;
        this.readers = readers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> declare(@PathVariable String caseNumber, @RequestBody JsonNode body) {
        ActingUser user = directory.actingUser().orElseThrow(() -> new AuthorizationException("请先登录。"));
        if (cases.find(caseNumber).isEmpty()) {
            return notFound(caseNumber);
        }
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "请求体应为 JSON 对象：{\"reason\":\"回避理由\"}，管理员另加 \"userId\"。");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException(name, "请求体含未知字段“" + abbreviate(name) + "”：允许的字段为 userId、reason。");
            }
        }
        String userId = JsonFields.text(body, "userId", "回避人员", 64);
        if (userId == null) {
            userId = user.userId();
        }
        boolean admin = user.isIn(Groups.CAMUNDA_ADMIN);
        if (!admin && !userId.equals(user.userId())) {
            throw new AuthorizationException("用户 " + user.userId() + " 只能为本人声明回避；为他人声明回避须由系统管理员办理。");
        }
        if (!admin && !user.isIn(Groups.REVIEWER)) {
            throw new AuthorizationException("用户 " + user.userId() + " 不是法制审核人员，无需也不能声明对法制审核回避。");
        }
        if (!directory.userExists(userId) || !directory.isMember(userId, Groups.REVIEWER)) {
            throw new InvalidInputException("userId", "回避人员“" + abbreviate(userId) + "”不是法制审核人员。");
        }
        String reason = JsonFields.text(body, "reason", "回避理由", MAX_REASON);
        if (reason == null) {
            throw new InvalidInputException("reason", "请填写回避理由。");
        }
        Recusal recusal = recusals.declare(caseNumber, userId, reason, user.userId());
        return ResponseEntity.created(URI.create("/api/cases/" + caseNumber + "/recusals")).body(view(recusal));
    }

    @GetMapping
    public ResponseEntity<Object> list(@PathVariable String caseNumber) {
        ActingUser user = directory.actingUser().orElseThrow(() -> new AuthorizationException("请先登录。"));
        EnforcementCase c = cases.find(caseNumber).orElse(null);
        if (c == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "案号为“" + abbreviate(caseNumber) + "”的案件不存在。"));
        }
        readers.checkMayRead(user, c);
        List<Map<String, Object>> all = recusals.ofCase(caseNumber).stream().map(RecusalController::view).toList();
        return ResponseEntity.ok(all);
    }

    private static ResponseEntity<Map<String, Object>> notFound(String caseNumber) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "案号为“" + abbreviate(caseNumber) + "”的案件不存在。"));
    }

    private static Map<String, Object> view(Recusal r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("caseNumber", r.getCaseNumber());
        view.put("userId", r.getUserId());
        view.put("reason", r.getReason());
        view.put("declaredBy", r.getDeclaredBy());
        view.put("declaredAt", r.getDeclaredAt());
        return view;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
