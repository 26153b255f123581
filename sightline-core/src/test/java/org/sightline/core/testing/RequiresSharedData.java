package org.sightline.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The files of {@code ../shared} a test class (or method) needs, as paths relative to the shared
 * folder. Without them the class is skipped with the reason before its {@code @BeforeAll} runs, or
 * fails when {@code SIGHTLINE_REQUIRE_SHARED=1} (see {@link SharedData}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(RequiresSharedData.Condition.class)
public @interface RequiresSharedData {
    String[] value();

    /** Runs the annotated class or method only when every file it names is there. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<RequiresSharedData> needs = AnnotationSupport.findAnnotation(context.getElement(), RequiresSharedData.class);
            if (needs.isEmpty()) {
                return ConditionEvaluationResult.enabled("needs no shared data");
            }
            for (String relative : needs.get().value()) {
                if (!SharedData.has(relative)) {
                    return ConditionEvaluationResult.disabled(SharedData.skipReason(relative));
                }
            }
            return ConditionEvaluationResult.enabled("shared data present");
        }
    }
}
