package org.sanxiang.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API with the mappers that answer callers' mistakes with 4xx, never 500 ({@link EngineRestRefusals}). */
@Component
public class EngineRestResources extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(EngineRestRefusals.Wrapped.class);
        register(EngineRestRefusals.Direct.class);
        register(EngineRestRefusals.NotJson.class);
        register(EngineRestRefusals.WrongShape.class);
    }
}
