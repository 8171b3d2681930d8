package org.sanxiang.catalogadmin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.sanxiang.catalog.MajorDecision;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads the inputs and results of every past evaluation of {@code major-decision} from Camunda's
 * history (level full) in one streamed query for the inputs of both decisions ({@code ACT_HI_DEC_IN}
 * with the decision instance) and one for the results, and the facts of every open case not
 * evaluated yet. History names inputs by their column id; the column's variable comes from the DMN
 * model of the decision definition that was evaluated. Equal texts share one string (the facts
 * repeat a few codes thousands of times).
 */
final class PastEvaluations {

    /** the case process of the contract (docs/domain.md, "The contract") */
    static final String CASE_PROCESS = "enforcement-case";
    static final List<String> FACTS = List.of("category", "action", "procedure", "tier", "partyType", "amount", "hearingHeld",
        "outsideDiscretion", "publicInterest", "socialRisk", "complexCase", "suspectedCrime");

    private static final String RESULTS = "SELECT d.ID_, d.DEC_DEF_ID_, d.EVAL_TIME_, p.ID_ AS P_ID_, p.BUSINESS_KEY_, p.END_TIME_, o.VAR_NAME_, o.TEXT_"
        + " FROM ACT_HI_DECINST d LEFT JOIN ACT_HI_PROCINST p ON p.ID_ = d.PROC_INST_ID_"
        + " LEFT JOIN ACT_HI_DEC_OUT o ON o.DEC_INST_ID_ = d.ID_ WHERE d.DEC_DEF_KEY_ = ?";
    private static final String INPUTS = "SELECT COALESCE(d.ROOT_DEC_INST_ID_, d.ID_) AS ROOT_, d.DEC_DEF_ID_, i.CLAUSE_ID_, i.VAR_TYPE_,"
        + " i.TEXT_, i.DOUBLE_, i.LONG_ FROM ACT_HI_DECINST d JOIN ACT_HI_DEC_IN i ON i.DEC_INST_ID_ = d.ID_ WHERE d.DEC_DEF_KEY_ IN (?, ?)";
    private static final String OPEN_NOT_EVALUATED = "SELECT e.ID_, e.BUSINESS_KEY_, v.NAME_, v.TYPE_, v.TEXT_, v.DOUBLE_, v.LONG_"
        + " FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF pd ON pd.ID_ = e.PROC_DEF_ID_ JOIN ACT_RU_VARIABLE v ON v.EXECUTION_ID_ = e.ID_"
        + " WHERE e.ID_ = e.PROC_INST_ID_ AND pd.KEY_ = ? AND NOT EXISTS (SELECT 1 FROM ACT_HI_DECINST d WHERE d.PROC_INST_ID_ = e.ID_"
        + " AND d.DEC_DEF_KEY_ = ?)";

    /** rows fetched from the database at a time (the query is streamed, not held whole) */
    static final int FETCH_SIZE = 5_000;

    private final JdbcTemplate jdbc;
    /** decision definition id → (input column id → the variable it reads) */
    private final Function<String, Map<String, String>> columns;
    private final Map<String, Map<String, String>> columnCache = new ConcurrentHashMap<>();

    PastEvaluations(JdbcTemplate jdbc, Function<String, Map<String, String>> columns) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.columns = columns;
    }

    List<PastEvaluation> load() {
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.query(RESULTS, rs -> {
            Row row = rows.computeIfAbsent(rs.getString("ID_"), id -> new Row());
            row.evaluatedAt = rs.getTimestamp("EVAL_TIME_");
            row.definitionId = rs.getString("DEC_DEF_ID_");
            row.caseNumber = rs.getString("BUSINESS_KEY_");
            row.open = rs.getString("P_ID_") != null && rs.getTimestamp("END_TIME_") == null;
            String name = rs.getString("VAR_NAME_");
            if (MajorDecision.REVIEW_LEVEL.equals(name)) {
                row.level = rs.getString("TEXT_");
            } else if (MajorDecision.BASIS.equals(name)) {
                row.basis = rs.getString("TEXT_");
            }
        }, MajorDecision.DECISION_KEY);
        Map<String, String> texts = new HashMap<>();
        Map<String, Map<String, String>> definitions = new HashMap<>();
        jdbc.query(INPUTS, rs -> {
            Row row = rows.get(rs.getString(1));
            if (row == null) {
                return;
            }
            Map<String, String> variables = definitions.computeIfAbsent(rs.getString(2), id -> columnCache.computeIfAbsent(id, columns));
            String variable = variables.get(rs.getString(3));
            if (variable != null) {
                row.facts.put(variable, input(rs, texts));
            }
        }, MajorDecision.DECISION_KEY, MajorDecision.CATALOG_ITEMS_KEY);
        List<PastEvaluation> evaluations = new ArrayList<>(rows.size());
        rows.forEach((id, row) -> evaluations.add(new PastEvaluation(id, row.definitionId, row.caseNumber, row.open, true,
            row.evaluatedAt == null ? null : row.evaluatedAt.toInstant(), row.facts, row.level, row.basis)));
        evaluations.addAll(openNotEvaluated());
        return evaluations;
    }

    private List<PastEvaluation> openNotEvaluated() {
        Map<String, PastEvaluation> cases = new LinkedHashMap<>();
        jdbc.query(OPEN_NOT_EVALUATED, rs -> {
            String id = rs.getString("ID_");
            PastEvaluation evaluation = cases.computeIfAbsent(id, key -> {
                try {
                    return new PastEvaluation(key, null, rs.getString("BUSINESS_KEY_"), true, false, null, new HashMap<>(), null, null);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            String name = rs.getString("NAME_");
            if (FACTS.contains(name)) {
                evaluation.facts().put(name, value(rs, "TYPE_"));
            }
        }, CASE_PROCESS, MajorDecision.DECISION_KEY);
        return new ArrayList<>(cases.values());
    }

    /** the value of an input row of {@link #INPUTS}, its text shared with equal texts */
    private static Object input(ResultSet rs, Map<String, String> texts) throws SQLException {
        String type = rs.getString(4);
        if ("string".equals(type)) {
            String text = rs.getString(5);
            return text == null ? null : texts.computeIfAbsent(text, Function.identity());
        }
        if (type == null || !List.of("boolean", "double", "integer", "long").contains(type)) {
            return null;
        }
        if ("double".equals(type)) {
            double value = rs.getDouble(6);
            return rs.wasNull() ? null : value;
        }
        long value = rs.getLong(7);
        return rs.wasNull() ? null : "boolean".equals(type) ? (Object) (value == 1L) : "integer".equals(type) ? (Object) (int) value : value;
    }

    private static Object value(ResultSet rs, String typeColumn) throws SQLException {
        String type = rs.getString(typeColumn);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "string" -> rs.getString("TEXT_");
            case "boolean" -> rs.getObject("LONG_") == null ? null : rs.getLong("LONG_") == 1L;
            case "double" -> rs.getObject("DOUBLE_") == null ? null : rs.getDouble("DOUBLE_");
            case "integer" -> rs.getObject("LONG_") == null ? null : (int) rs.getLong("LONG_");
            case "long" -> rs.getObject("LONG_") == null ? null : rs.getLong("LONG_");
            default -> null;
        };
    }

    private static final class Row {
        Timestamp evaluatedAt;
        String definitionId;
        String caseNumber;
        boolean open;
        String level;
        String basis;
        final Map<String, Object> facts = new HashMap<>();
    }
}
