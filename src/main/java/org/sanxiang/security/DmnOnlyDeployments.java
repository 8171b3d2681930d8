package org.sanxiang.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Only administrators deploy processes, forms or anything else; everyone else whom an
 * authorization lets deploy (the catalog administrators) deploys DMN decision tables only, and
 * only tables whose expressions are FEEL: an expression language such as JUEL or a script
 * language could reach the application's beans or Java classes. Checked for every new deployment
 * made by a logged-in user, whatever API it comes through; the application's own deployment at
 * start-up has no user and is not restricted.
 */
@Component
public class DmnOnlyDeployments extends AbstractProcessEnginePlugin {

    private static final Pattern EXPRESSION_LANGUAGE = Pattern.compile("expressionLanguage\\s*=\\s*[\"']([^\"']*)[\"']");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(0, new Guard());
        configuration.setCustomPreDeployers(deployers);
    }

    static class Guard implements Deployer {
        @Override
        public void deploy(DeploymentEntity deployment) {
            if (!deployment.isNew() || Context.getCommandContext() == null) {
                return;
            }
            CommandContext context = Context.getCommandContext();
            Authentication authentication = context.getAuthentication();
            if (authentication == null || authentication.getUserId() == null
                || context.getAuthorizationManager().isCamundaAdmin(authentication)) {
                return;
            }
            if (deployment.getResources() == null) {
                return;
            }
            for (ResourceEntity resource : deployment.getResources().values()) {
                check(authentication.getUserId(), resource);
            }
        }

        private static void check(String userId, ResourceEntity resource) {
            String name = resource.getName() == null ? "" : resource.getName();
            String lower = name.toLowerCase(Locale.ROOT);
            if (!(lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml"))) {
                throw new ActionNotAllowedException("用户 " + userId + " 不是系统管理员，只能部署 DMN 决策表（.dmn），不能部署“"
                    + abbreviate(name) + "”：流程、表单和其他资源只能由系统管理员部署。");
            }
            String xml = resource.getBytes() == null ? "" : new String(resource.getBytes(), StandardCharsets.UTF_8);
            Matcher language = EXPRESSION_LANGUAGE.matcher(xml);
            while (language.find()) {
                String value = language.group(1).strip().toLowerCase(Locale.ROOT);
                if (!(value.equals("feel") || value.endsWith("/feel"))) {
                    throw new ActionNotAllowedException("决策表“" + abbreviate(name) + "”使用了表达式语言“" + abbreviate(language.group(1))
                        + "”：非系统管理员部署的决策表只能使用 FEEL 表达式。");
                }
            }
        }

        private static String abbreviate(String value) {
            return value.length() > 60 ? value.substring(0, 60) + "…" : value;
        }
    }
}
