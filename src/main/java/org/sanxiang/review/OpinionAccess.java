package org.sanxiang.review;

import org.sanxiang.refusal.NotFoundException;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationException;
import org.sanxiang.enforcement.CaseReaders;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.enforcement.EnforcementCase;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.stereotype.Component;

/** Finds a written opinion by the id in a request, for a user who may read its case. */
@Component
public class OpinionAccess {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private final WrittenOpinionRepository opinions;
    private final CaseRegister cases;
    private final CaseReaders readers;
    private final Directory directory;

    public OpinionAccess(WrittenOpinionRepository opinions, CaseRegister cases, CaseReaders readers, Directory directory) {
        this.opinions = opinions;
        this.cases = cases;
        this.readers = readers;
        this.directory = directory;
    }

    /** the opinion and its case; refuses a malformed id (400), an unknown one (404) and a user who may not read the case (403) */
    public Found find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidInputException("id", "意见书编号应为正整数，收到的是“" + abbreviate(String.valueOf(id)) + "”。");
        }
        ActingUser user = directory.actingUser().orElseThrow(() -> new AuthorizationException("请先登录。"));
        WrittenOpinion opinion = opinions.findById(Long.parseLong(id)).orElseThrow(() -> new NotFoundException(notFound(id)));
        EnforcementCase enforcementCase = cases.find(opinion.getCaseNumber()).orElseThrow(() -> new NotFoundException(notFound(id)));
        readers.checkMayRead(user, enforcementCase);
        return new Found(opinion, enforcementCase);
    }

    public record Found(WrittenOpinion opinion, EnforcementCase enforcementCase) {
    }

    /** no written opinion with this id */
    private static String notFound(String id) {
        return "编号为 " + id + " 的书面审核意见不存在。";
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
