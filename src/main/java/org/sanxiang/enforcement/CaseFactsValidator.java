package org.sanxiang.enforcement;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;

import java.util.List;
import java.util.Map;

import org.sanxiang.catalog.Action;
import org.sanxiang.catalog.Category;
import org.sanxiang.catalog.PartyType;
import org.sanxiang.catalog.Procedure;
import org.sanxiang.catalog.Tier;
import org.sanxiang.people.Credentials;
import org.sanxiang.people.Directory;
import org.sanxiang.people.Groups;
import org.sanxiang.tasks.Inputs;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.stereotype.Component;

/** Checks the facts of a case, whether registered through Tasklist, REST or Java. */
@Component
public class CaseFactsValidator {

    static final Map<String, String> LABELS = Map.ofEntries(
        Map.entry(CASE_TITLE, "案件名称"),
        Map.entry(CATEGORY, "执法类别"),
        Map.entry(ACTION, "执法行为"),
        Map.entry(PROCEDURE, "程序类型"),
        Map.entry(TIER, "执法层级"),
        Map.entry(DOMAIN, "执法领域"),
        Map.entry(PARTY_TYPE, "当事人类型"),
        Map.entry(PARTY_NAME, "当事人名称"),
        Map.entry(AMOUNT, "涉案金额"),
        Map.entry(HEARING_HELD, "已举行听证"),
        Map.entry(PUBLIC_INTEREST, "涉及重大公共利益"),
        Map.entry(SOCIAL_RISK, "可能造成重大社会影响或引发社会风险"),
        Map.entry(COMPLEX_CASE, "案情疑难复杂、涉及多个法律关系"),
        Map.entry(SUSPECTED_CRIME, "涉嫌违法犯罪需要移送司法机关"),
        Map.entry(OUTSIDE_DISCRETION, "在裁量基准外减轻或从重"),
        Map.entry(HANDLERS, "承办人"));

    private final Directory directory;
    private final Credentials credentials;

    public CaseFactsValidator(Directory directory, Credentials credentials) {
        this.directory = directory;
        this.credentials = credentials;
    }

    /** checks the facts, including that every handler is a user in the handler group */
    public CaseFacts validate(Map<String, Object> variables) {
        CaseFacts facts = read(variables);
        checkHandlers(new Inputs(variables, LABELS), facts.handlers());
        return facts;
    }

    /** checks the facts themselves (the handlers only for their number) */
    public CaseFacts read(Map<String, Object> variables) {
        Inputs in = new Inputs(variables, LABELS);
        String title = in.text(CASE_TITLE, 200);
        Category category = in.choice(CATEGORY, Category.class, Category::label);
        Action action = in.choice(ACTION, Action.class, a -> a.category().label() + "·" + a.label());
        if (!action.belongsTo(category)) {
            throw new InvalidInputException(ACTION, in.label(ACTION) + "“" + action.name() + "（" + action.label() + "）”属于"
                + action.category().label() + "，不属于所选执法类别“" + category.label() + "”。");
        }
        Procedure procedure = in.choice(PROCEDURE, Procedure.class, Procedure::label);
        Tier tier = in.choice(TIER, Tier.class, Tier::label);
        String domain = in.text(DOMAIN, 100);
        PartyType partyType = in.choice(PARTY_TYPE, PartyType.class, PartyType::label);
        String partyName = in.text(PARTY_NAME, 200);
        return new CaseFacts(title, category, action, procedure, tier, domain, partyType, partyName,
            in.amount(AMOUNT),
            in.flag(HEARING_HELD), in.flag(PUBLIC_INTEREST), in.flag(SOCIAL_RISK), in.flag(COMPLEX_CASE),
            in.flag(SUSPECTED_CRIME), in.flag(OUTSIDE_DISCRETION),
            handlers(in));
    }

    private List<String> handlers(Inputs in) {
        List<String> handlers = in.list(HANDLERS);
        if (handlers.size() < 2) {
            throw new InvalidInputException(HANDLERS, in.label(HANDLERS) + "不足：案件应由至少两名执法人员承办（《行政处罚法》第四十二条），当前为"
                + handlers.size() + "名。");
        }
        return handlers;
    }

    private void checkHandlers(Inputs in, List<String> handlers) {
        if (handlers.size() > 10) {
            throw new InvalidInputException(HANDLERS, in.label(HANDLERS) + "过多：最多10名。");
        }
        for (String handler : handlers) {
            if (!directory.userExists(handler)) {
                throw new InvalidInputException(HANDLERS, in.label(HANDLERS) + "“" + handler + "”不是本系统的用户。");
            }
            if (!directory.isMember(handler, Groups.HANDLER)) {
                throw new InvalidInputException(HANDLERS, in.label(HANDLERS) + "“" + handler + "”不是执法人员（不属于承办人组），不能承办案件。");
            }
            credentials.certificateProblem(handler).ifPresent(problem -> {
                throw new InvalidInputException(HANDLERS, in.label(HANDLERS) + "“" + handler + "”" + problem + "，不能承办案件。");
            });
        }
    }
}
