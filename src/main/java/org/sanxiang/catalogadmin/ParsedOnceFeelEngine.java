package org.sanxiang.catalogadmin;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
 * builds, so every result is the one the process engine gives. Thread-safe.
 */
final class ParsedOnceFeelEngine extends ScalaFeelEngine {

    private static final String INPUT_VARIABLE = "inputVariableName";

    private final Map<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
    private final Map<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

    ParsedOnceFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
        super(functionProviders);
    }

    static FeelEngineFactory factory(List<FeelCustomFunctionProvider> functionProviders) {
        FeelEngine engine = new ParsedOnceFeelEngine(functionProviders);
        return () -> engine;
    }

    /** why FEEL-Scala cannot parse the unary tests of a cell; null when it can */
    String unaryTestsSyntaxError(String expression) {
        Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
        return parsed instanceof Left<org.camunda.feel.FeelEngine.Failure, ParsedExpression> failure ? failure.value().message() : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        CustomContext context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new ContextVariableWrapper(variableContext);
            }
        };
        return (T) value(evaluate(parsed(expressions, expression, feelEngine::parseExpression), context));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        VariableProvider.StaticVariableProvider input = new VariableProvider.StaticVariableProvider(new camundajar.impl.scala.collection.immutable.Map.Map1<>(INPUT_VARIABLE, inputVariable));
        ContextVariableWrapper variables = new ContextVariableWrapper(variableContext);
        CustomContext context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new VariableProvider.CompositeVariableProvider(toScalaList(input, variables));
            }
        };
        Object value = value(evaluate(parsed(unaryTests, expression, feelEngine::parseUnaryTests), context));
        return Boolean.TRUE.equals(value);
    }

    private Either<org.camunda.feel.FeelEngine.Failure, Object> evaluate(Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> parsed,
                                                                      CustomContext context) {
        if (parsed instanceof Left<?, ?>) {
            return (Either) parsed;
        }
        return feelEngine.eval(((Right<?, ParsedExpression>) parsed).value(), context);
    }

    private static Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> parsed(
            Map<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> cache, String expression,
            Function<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> parser) {
        return cache.computeIfAbsent(expression, parser);
    }

    private static Object value(Either<org.camunda.feel.FeelEngine.Failure, Object> result) {
        if (result instanceof Right<?, ?> right) {
            return right.value();
        }
        String message = ((Left<org.camunda.feel.FeelEngine.Failure, ?>) result).value().message();
        throw new FeelException("FEEL evaluation failed: " + message);
    }
}
