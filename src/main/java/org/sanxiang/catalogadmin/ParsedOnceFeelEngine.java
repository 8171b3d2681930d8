package org.sanxiang.catalogadmin;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL-Scala engine, exactly as the process engine uses it, except that each expression
 * is parsed once and the parsed expression is reused: {@code evalExpression} and
 * {@code evalUnaryTests} of FEEL-Scala parse and then evaluate; this engine keeps what they parse.
 * The evaluation is FEEL-Scala's own, with the same variable context as {@link ScalaFeelEngine}
 * builds, so every result is the one the process engine gives. With {@code remember}, the result of
 * an expression that is a pure function of the variables it names ({@link PureExpressions}) is
 * kept per distinct set of their values (FEEL-Scala builds its built-in functions anew for every
 * evaluation, which costs far more than the expression itself). Thread-safe.
 */
final class ParsedOnceFeelEngine extends ScalaFeelEngine {

    private static final String INPUT_VARIABLE = "inputVariableName";
    /** results kept per expression at most */
    private static final int REMEMBERED = 200_000;

    private final Map<String, Expression> expressions = new ConcurrentHashMap<>();
    private final Map<String, Expression> unaryTests = new ConcurrentHashMap<>();
    private final boolean remember;
    private final boolean functionsPure;

    /** one parsed expression, the names it reads (null when it is not pure) and its results so far */
    private record Expression(Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> parsed, List<String> names,
                              Map<List<Object>, Object> results) {
    }

    ParsedOnceFeelEngine(List<FeelCustomFunctionProvider> functionProviders, boolean remember) {
        super(functionProviders);
        this.remember = remember;
        this.functionsPure = functionProviders == null || functionProviders.isEmpty();
    }

    ParsedOnceFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
        this(functionProviders, true);
    }

    static FeelEngineFactory factory(List<FeelCustomFunctionProvider> functionProviders, boolean remember) {
        FeelEngine engine = new ParsedOnceFeelEngine(functionProviders, remember);
        return () -> engine;
    }

    /** why FEEL-Scala cannot parse the unary tests of a cell; null when it can */
    String unaryTestsSyntaxError(String expression) {
        Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests).parsed();
        return parsed instanceof Left<org.camunda.feel.FeelEngine.Failure, ParsedExpression> failure ? failure.value().message() : null;
    }

    /**
     * the variables an expression ({@code unaryTests}: the input entry of a column) reads when it
     * is a pure function of them; null when it is not pure or does not parse
     */
    List<String> namesRead(String expression, boolean unaryTests) {
        return unaryTests ? parsed(this.unaryTests, expression, feelEngine::parseUnaryTests).names()
            : parsed(expressions, expression, feelEngine::parseExpression).names();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        return (T) remembered(parsed(expressions, expression, feelEngine::parseExpression), null, variableContext, () -> {
            CustomContext context = new CustomContext() {
                @Override
                public VariableProvider variableProvider() {
                    return new ContextVariableWrapper(variableContext);
                }
            };
            return value(evaluate(parsed(expressions, expression, feelEngine::parseExpression).parsed(), context));
        });
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        Object result = remembered(parsed(unaryTests, expression, feelEngine::parseUnaryTests), inputVariable, variableContext, () -> {
            VariableProvider.StaticVariableProvider input = new VariableProvider.StaticVariableProvider(
                new camundajar.impl.scala.collection.immutable.Map.Map1<>(INPUT_VARIABLE, inputVariable));
            ContextVariableWrapper variables = new ContextVariableWrapper(variableContext);
            CustomContext context = new CustomContext() {
                @Override
                public VariableProvider variableProvider() {
                    return new VariableProvider.CompositeVariableProvider(toScalaList(input, variables));
                }
            };
            return value(evaluate(parsed(unaryTests, expression, feelEngine::parseUnaryTests).parsed(), context));
        });
        return Boolean.TRUE.equals(result);
    }

    /** the result kept for these values, or the evaluation's (a scalar kept when the expression is pure); failures are never kept */
    private Object remembered(Expression expression, String inputVariable, VariableContext context, Supplier<Object> evaluation) {
        List<Object> key = remember && expression.names() != null ? PureExpressions.key(expression.names(), context, inputVariable) : null;
        if (key == null) {
            return evaluation.get();
        }
        Object known = expression.results().get(key);
        if (known != null) {
            return known == NULL ? null : known;
        }
        Object result = evaluation.get();
        if (expression.results().size() < REMEMBERED && (result == null || PureExpressions.isScalar(result))) {
            expression.results().put(key, result == null ? NULL : result);
        }
        return result;
    }

    private static final Object NULL = new Object();

    private Either<org.camunda.feel.FeelEngine.Failure, Object> evaluate(Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> parsed,
                                                                      CustomContext context) {
        if (parsed instanceof Left<?, ?>) {
            return (Either) parsed;
        }
        return feelEngine.eval(((Right<?, ParsedExpression>) parsed).value(), context);
    }

    private Expression parsed(Map<String, Expression> cache, String expression,
                              Function<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> parser) {
        Expression known = cache.get(expression);
        return known != null ? known : cache.computeIfAbsent(expression, text -> {
            Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> parsed = parser.apply(text);
            List<String> names = parsed instanceof Right<?, ParsedExpression> right
                ? PureExpressions.namesRead(right.value().expression(), functionsPure) : null;
            return new Expression(parsed, names, new ConcurrentHashMap<>());
        });
    }

    private static Object value(Either<org.camunda.feel.FeelEngine.Failure, Object> result) {
        if (result instanceof Right<?, ?> right) {
            return right.value();
        }
        String message = ((Left<org.camunda.feel.FeelEngine.Failure, ?>) result).value().message();
        throw new FeelException("FEEL evaluation failed: " + message);
    }
}
