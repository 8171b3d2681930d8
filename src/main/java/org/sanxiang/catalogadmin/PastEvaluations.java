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
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Loads the inputs and results of every past evaluation of {@code major-decision} from Camunda's
 * history (level full): one streamed query for the instances of both decisions with their case and
 * results, one for the inputs ({@code ACT_HI_DEC_IN} read as it is, each row's instance looked up
 * in memory, typed columns read directly into an array per evaluation), and the facts of every
 * open case not evaluated yet. History names inputs by their column id; the column's variable comes from the DMN
 * model of the decision definition that was evaluated. Equal texts share one string (the facts
 * repeat a few codes thousands of times).
 */
final class PastEvaluations {

    /** the case process of the contract (docs/domain.md, "The contract") */
    static final String CASE_PROCESS = "enforcement-case";
    static final List<String> FACTS = List.of("category", "action", "procedure", "tier", "partyType", "amount", "hearingHeld",
        "outsideDiscretion", "publicInterest", "socialRisk", "complexCase", "suspectedCrime");

    /** every instance of both decisions, with the case and (for {@code major-decision}) its results */
    private static final String INSTANCES = "SELECT d.ID_, d.ROOT_DEC_INST_ID_, d.DEC_DEF_ID_, d.EVAL_TIME_, p.ID_, p.BUSINESS_KEY_, p.END_TIME_,"
        + " o.VAR_NAME_, o.TEXT_, d.DEC_DEF_KEY_ FROM ACT_HI_DECINST d LEFT JOIN ACT_HI_PROCINST p ON p.ID_ = d.PROC_INST_ID_ AND d.ROOT_DEC_INST_ID_ IS NULL"
        + " LEFT JOIN ACT_HI_DEC_OUT o ON o.DEC_INST_ID_ = d.ID_ AND d.DEC_DEF_KEY_ = ? WHERE d.DEC_DEF_KEY_ IN (?, ?)";
    /** the inputs, read without a join (each row's instance is looked up in memory) */
    private static final String INPUTS = "SELECT i.DEC_INST_ID_, i.CLAUSE_ID_, i.VAR_TYPE_, i.TEXT_, i.DOUBLE_, i.LONG_ FROM ACT_HI_DEC_IN i";
    /** the inputs joined with their instance in the database (the earlier way, kept to measure it) */
    private static final String INPUTS_JOINED = "SELECT i.DEC_INST_ID_, i.CLAUSE_ID_, i.VAR_TYPE_, i.TEXT_, i.DOUBLE_, i.LONG_"
        + " FROM ACT_HI_DECINST d JOIN ACT_HI_DEC_IN i ON i.DEC_INST_ID_ = d.ID_ WHERE d.DEC_DEF_KEY_ IN (?, ?)";
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
        return load(false);
    }

    /**
     * {@code joined}: the inputs joined with their instances in the database rather than looked up
     * in memory (slower on H2; kept for the benchmark)
     */
    List<PastEvaluation> load(boolean joined) {
        Map<String, Row> roots = new LinkedHashMap<>();
        Map<String, Slot> instances = new HashMap<>();
        Map<String, Map<String, Integer>> definitions = new HashMap<>();
        jdbc.query(INSTANCES, rs -> {
            String id = rs.getString(1);
            String rootId = rs.getString(2);
            Row row = roots.computeIfAbsent(rootId == null ? id : rootId, key -> new Row());
            if (rootId == null && MajorDecision.DECISION_KEY.equals(rs.getString(10))) {
                row.root = true;
                row.evaluatedAt = rs.getTimestamp(4);
                row.definitionId = rs.getString(3);
                row.open = rs.getString(5) != null && rs.getTimestamp(7) == null;
                row.caseNumber = rs.getString(6);
                String name = rs.getString(8);
                if (MajorDecision.REVIEW_LEVEL.equals(name)) {
                    row.level = rs.getString(9);
                } else if (MajorDecision.BASIS.equals(name)) {
                    row.basis = rs.getString(9);
                }
            }
            instances.computeIfAbsent(id, key -> {
                try {
                    return new Slot(row, definitions.computeIfAbsent(rs.getString(3), this::indexes));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }, MajorDecision.DECISION_KEY, MajorDecision.DECISION_KEY, MajorDecision.CATALOG_ITEMS_KEY);
        Map<String, String> texts = new HashMap<>();
        RowCallbackHandler inputs = rs -> {
            Slot slot = instances.get(rs.getString(1));
            Integer index = slot == null ? null : slot.columns().get(rs.getString(2));
            if (index != null) {
                slot.row().values[index] = input(rs, texts);
            }
        };
        if (joined) {
            jdbc.query(INPUTS_JOINED, inputs, MajorDecision.DECISION_KEY, MajorDecision.CATALOG_ITEMS_KEY);
        } else {
            jdbc.query(INPUTS, inputs);
        }
        List<PastEvaluation> evaluations = new ArrayList<>(roots.size());
        roots.forEach((id, row) -> {
            if (row.root) {
                evaluations.add(new PastEvaluation(id, row.definitionId, row.caseNumber, row.open, true,
                    row.evaluatedAt == null ? null : row.evaluatedAt.toInstant(), row.facts(), row.level, row.basis));
            }
        });
        evaluations.addAll(openNotEvaluated());
        return evaluations;
    }

    /** a decision definition's input column ids → the index of the fact they read */
    private Map<String, Integer> indexes(String definitionId) {
        Map<String, Integer> indexes = new HashMap<>();
        columnCache.computeIfAbsent(definitionId, columns).forEach((column, variable) -> {
            if (FACTS.contains(variable)) {
                indexes.put(column, FACTS.indexOf(variable));
            }
        });
        return indexes;
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
        String type = rs.getString(3);
        if ("string".equals(type)) {
            String text = rs.getString(4);
            return text == null ? null : texts.computeIfAbsent(text, Function.identity());
        }
        if (type == null || !(type.equals("boolean") || type.equals("double") || type.equals("integer") || type.equals("long"))) {
            return null;
        }
        if ("double".equals(type)) {
            double value = rs.getDouble(5);
            return rs.wasNull() ? null : value;
        }
        long value = rs.getLong(6);
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

    /** one evaluation as it is read: the root instance's case and results, the facts of both instances */
    private static final class Row {
        boolean root;
        Timestamp evaluatedAt;
        String definitionId;
        String caseNumber;
        boolean open;
        String level;
        String basis;
        final Object[] values = new Object[FACTS.size()];

        Row() {
            java.util.Arrays.fill(values, NOT_RECORDED);
        }

        Map<String, Object> facts() {
            Map<String, Object> facts = new HashMap<>(24);
            for (int i = 0; i < values.length; i++) {
                if (values[i] != NOT_RECORDED) {
                    facts.put(FACTS.get(i), values[i]);
                }
            }
            return facts;
        }
    }

    /** an instance of either decision: the evaluation it belongs to and its columns */
    private record Slot(Row row, Map<String, Integer> columns) {
    }

    private static final Object NOT_RECORDED = new Object();
}
