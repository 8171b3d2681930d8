package org.sanxiang.catalogadmin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import camundajar.impl.scala.Product;
import camundajar.impl.scala.collection.Iterator;
import org.camunda.feel.syntaxtree.Exp;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Which parsed FEEL expressions are pure functions of the variables they name: built only of
 * literals, the input value, variable references, comparisons, boolean and arithmetic operators,
 * {@code if}, filters and a few built-in functions that depend on their arguments alone (no
 * {@code now()}, no custom functions, no context or function definitions). For such an expression
 * FEEL-Scala's result depends only on the values of the names it mentions, so one evaluation per
 * distinct set of values is enough; every other expression is evaluated every time.
 */
final class PureExpressions {

    /** stands for a name the variable context does not have */
    private static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "（无此变量）";
        }
    };

    private static final Set<String> NODES = Set.of("ConstNumber", "ConstBool", "ConstString", "ConstNull", "ConstInputValue", "ConstList",
        "ConstRange", "ClosedConstRangeBoundary", "OpenConstRangeBoundary", "InputEqualTo", "InputLessThan", "InputLessOrEqual",
        "InputGreaterThan", "InputGreaterOrEqual", "InputInRange", "AtLeastOne", "Not", "UnaryTestExpression", "Ref", "Equal",
        "LessThan", "LessOrEqual", "GreaterThan", "GreaterOrEqual", "ConstNull$", "ConstInputValue$", "Conjunction", "Disjunction", "If", "Filter", "In", "Addition",
        "Subtraction", "Multiplication", "Division", "ArithmeticNegation", "FunctionInvocation", "PositionalFunctionParameters",
        "$colon$colon", "Nil$");

    /** built-in functions whose result depends on their arguments only */
    private static final Set<String> FUNCTIONS = Set.of("count", "string join", "sum", "min", "max", "list contains", "contains",
        "starts with", "ends with", "string length", "upper case", "lower case", "abs", "floor", "ceiling");

    /** stands for null as a value (distinct from a missing name) */
    private static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private PureExpressions() {
    }

    /**
     * the names an expression reads (the input's own name added by the caller), or null when it is
     * not pure; {@code functionsAllowed} is false when custom functions could shadow built-in ones
     */
    static List<String> namesRead(Exp expression, boolean functionsAllowed) {
        Set<String> names = new LinkedHashSet<>();
        return walk(expression, functionsAllowed, names) ? List.copyOf(names) : null;
    }

    private static boolean walk(Object node, boolean functionsAllowed, Set<String> names) {
        if (node instanceof String || node instanceof Boolean || node instanceof camundajar.impl.scala.math.BigDecimal) {
            return true;
        }
        if (!(node instanceof Product product) || !NODES.contains(node.getClass().getSimpleName())) {
            return false;
        }
        String kind = node.getClass().getSimpleName();
        if (kind.equals("Ref")) {
            names.add(String.valueOf(((camundajar.impl.scala.collection.immutable.List<?>) product.productElement(0)).head()));
            return true;
        }
        if (kind.equals("FunctionInvocation")) {
            String function = String.valueOf(product.productElement(0));
            if (!functionsAllowed || !FUNCTIONS.contains(function)) {
                return false;
            }
            names.add(function);
            return walk(product.productElement(1), functionsAllowed, names);
        }
        for (Iterator<Object> children = product.productIterator(); children.hasNext(); ) {
            if (!walk(children.next(), functionsAllowed, names)) {
                return false;
            }
        }
        return true;
    }

    /**
     * the values of the given names in the context, as a key to remember a result by; null when a
     * value is of a kind that could change after it was read or whose equality is not its value
     */
    static List<Object> key(List<String> names, VariableContext context, String inputVariable) {
        List<Object> key = new ArrayList<>(names.size() + 2);
        key.add(inputVariable);
        if (inputVariable != null && !add(key, context, inputVariable)) {
            return null;
        }
        for (String name : names) {
            if (!add(key, context, name)) {
                return null;
            }
        }
        return key;
    }

    private static boolean add(List<Object> key, VariableContext context, String name) {
        if (!context.containsVariable(name)) {
            key.add(ABSENT);
            return true;
        }
        TypedValue typed = context.resolve(name);
        Object value = typed == null ? null : typed.getValue();
        Object immutable = immutable(value);
        if (value != null && immutable == null) {
            return false;
        }
        key.add(immutable == null ? NULL : immutable);
        return true;
    }

    /** a value that cannot change and whose equality is its value */
    static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
            || value instanceof Double || value instanceof Short || value instanceof BigDecimal;
    }

    private static Object immutable(Object value) {
        if (isScalar(value)) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                Object kept = immutable(element);
                if (element != null && kept == null) {
                    return null;
                }
                copy.add(kept);
            }
            return Collections.unmodifiableList(copy);
        }
        return null;
    }
}
