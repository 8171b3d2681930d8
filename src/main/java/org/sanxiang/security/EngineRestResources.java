package org.sanxiang.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API with the mappers that answer our refusals as 400 and 403 ({@link EngineRestRefusals}). */
@Component
public class EngineRestResources extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(EngineRestRefusals.Wrapped.class);
        register(EngineRestRefusals.Direct.class);
    }
}
