package cloud.olympus.server.graphql.web;

import cloud.olympus.server.shared.web.Page;
import cloud.olympus.server.shared.web.ProblemType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.parser.ParserOptions;
import java.util.List;
import java.util.Map;

/**
 * What one GraphQL request may ask of the server, checked before anything is fetched:
 * <ul>
 *   <li>its document: at most {@code maxCharacters} characters and {@code maxTokens} tokens, parsed no deeper than
 *       {@code maxParserDepth};</li>
 *   <li>its depth: fields nested at most {@code maxDepth} levels;</li>
 *   <li>its complexity: every field counts 1, and what is asked of each row of a list counts once per row the list
 *       may answer (its {@code limit}, or the default page of 50), at most {@code maxComplexity} in all.</li>
 * </ul>
 * The schema's own introspection ({@code __schema}, {@code __type}), which tools such as GraphiQL ask for, counts
 * towards neither; graphql-java bounds it by itself.
 */
final class QueryLimits extends SimplePerformantInstrumentation {

    private final int maxDepth;
    private final int maxComplexity;
    private final ParserOptions parserOptions;

    QueryLimits(int maxDepth, int maxComplexity, int maxCharacters, int maxTokens, int maxParserDepth) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                .maxCharacters(maxCharacters)
                .maxTokens(maxTokens)
                .maxRuleDepth(maxParserDepth)
                .captureSourceLocation(true)
                .captureLineComments(false));
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        input.getGraphQLContext().put(ParserOptions.class, parserOptions);
        return input;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        int depth = traverser(execution).reducePreOrder((field, deepest) -> Math.max(depthOf(field), deepest), 0);
        if (depth > maxDepth) {
            throw refused("depth", "The query nests " + depth + " levels deep; at most " + maxDepth + " are answered");
        }
        int complexity = QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator(QueryLimits::complexityOf)
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getExecutionInput().getOperationName())
                .variables(execution.getCoercedVariables())
                .build()
                .calculate();
        if (complexity > maxComplexity) {
            throw refused("complexity", "The query asks for too much at once (complexity " + complexity + ", at most "
                    + maxComplexity + "); ask for fewer fields or smaller pages");
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static QueryTraverser traverser(ExecutionContext execution) {
        return QueryTraverser.newQueryTraverser()
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getExecutionInput().getOperationName())
                .coercedVariables(execution.getCoercedVariables())
                .build();
    }

    /** How many fields deep {@code field} is, or 0 inside introspection. */
    private static int depthOf(QueryVisitorFieldEnvironment field) {
        int depth = 0;
        for (QueryVisitorFieldEnvironment f = field; f != null; f = f.getParentEnvironment()) {
            if (f.getFieldDefinition().getName().startsWith("__")) {
                return 0;
            }
            depth++;
        }
        return depth;
    }

    private static int complexityOf(FieldComplexityEnvironment field, int children) {
        if (field.getFieldDefinition().getName().startsWith("__")) {
            return 0;
        }
        long rows = 1;
        if (field.getFieldDefinition().getArgument("limit") != null) {
            Object limit = field.getArguments().get("limit");
            rows = limit instanceof Number n ? Math.max(1, n.longValue()) : Page.DEFAULT_LIMIT;
        }
        return (int) Math.min(Integer.MAX_VALUE, 1 + rows * children);
    }

    private static AbortExecutionException refused(String limit, String message) {
        return new AbortExecutionException(List.of(GraphQlErrors.error(message, ProblemType.VALIDATION_FAILED,
                Map.of("limit", limit))));
    }
}
