package org.sanxiang.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.sanxiang.people.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication of every request this application serves itself ({@code /api/**},
 * {@code /engine-rest/**}, {@code /opinions/**}, anything else), except the paths of
 * {@link PublicPaths}: HTTP Basic against Camunda's identity service, or the session of a user
 * logged in to Camunda's webapps. The user (with groups and tenants, read afresh) is the engine's
 * current authentication for the request, so Camunda's authorizations and the task rules apply.
 * <p>
 * Refusals carry a JSON body saying why: 401 without (valid) credentials, 403 for a session call
 * that changes something without the webapps' CSRF token, for a change requested cross-site by a
 * browser, and for a non-administrator writing to {@link AdministratorPaths}.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    /** the session attribute and header of the Camunda webapps' CSRF token */
    static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    static final String CSRF_HEADER = "X-XSRF-TOKEN";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IdentityService identity;
    private final String engineName;
    private final boolean hsts;

    public ApiAuthenticationFilter(IdentityService identity, String engineName, boolean hsts) {
        this.identity = identity;
        this.engineName = engineName;
        this.hsts = hsts;
    }

    /** for the default engine, without HSTS (tests) */
    public ApiAuthenticationFilter(IdentityService identity) {
        this(identity, ProcessEngines.NAME_DEFAULT, false);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        if (hsts) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        String path = path(request);
        String method = request.getMethod();
        if (PublicPaths.isPublic(path, method)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        String header = request.getHeader("Authorization");
        String userId;
        boolean viaSession = false;
        if (header != null) {
            userId = basicUser(header);
            if (userId == null) {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "用户名或密码错误，或认证信息格式不正确（应为 HTTP Basic 认证）。");
                return;
            }
        } else {
            userId = sessionUser(request.getSession(false));
            viaSession = userId != null;
        }
        if (userId == null) {
            if (isPage(path)) {
                // a page opened in a browser: no Basic challenge (the browser would show its password dialog instead of the reason)
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "请先登录：请在任务中心（/camunda/app/tasklist/）登录后再打开本页。", false);
            } else {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "请先登录：本接口需要用户名和密码（HTTP Basic 认证）或任务中心的登录会话。",
                    !fromBrowserScript(request));
            }
            return;
        }
        boolean changes = !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
        if (changes && "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "拒绝来自其他网站的修改请求（跨站请求）。");
            return;
        }
        if (changes && viaSession && !csrfTokenMatches(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "使用登录会话修改数据时须携带 CSRF 令牌（请求头 " + CSRF_HEADER + "）。");
            return;
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        if (AdministratorPaths.requiresAdministrator(path, method) && !groups.contains(Groups.CAMUNDA_ADMIN)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "只有系统管理员可以修改此项数据；用户 " + userId + " 不是系统管理员。");
            return;
        }
        List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId).toList();
        identity.setAuthentication(userId, groups, tenants);
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** the path the servlet container resolved (decoded, dot segments removed, no path parameters) */
    static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + pathInfo;
        if (path.isEmpty()) {
            path = request.getRequestURI().substring(request.getContextPath().length());
        }
        return path.isEmpty() ? "/" : path;
    }

    private String basicUser(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon > 128) {
            return null;
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        return identity.checkPassword(user, password) ? user : null;
    }

    /** the user logged in to the webapps in this session, if that user still exists */
    private String sessionUser(HttpSession session) {
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
            || !(authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)) {
            return null;
        }
        String userId = user.getIdentityId();
        return userId != null && identity.createUserQuery().userId(userId).count() == 1 ? userId : null;
    }

    private static boolean csrfTokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
        String given = request.getHeader(CSRF_HEADER);
        return expected instanceof String token && given != null
            && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The call was made by a script of a page (XMLHttpRequest or fetch), e.g. by a Camunda webapp. It gets no Basic
     * challenge: the browser would answer it with its modal password dialog, which blocks the page (and its login form)
     * until dismissed. Browsers mark such calls with {@code Sec-Fetch-Dest: empty}; older scripts send
     * {@code X-Requested-With}.
     */
    static boolean fromBrowserScript(HttpServletRequest request) {
        return "empty".equalsIgnoreCase(request.getHeader("Sec-Fetch-Dest"))
            || "XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With"));
    }

    /** the application's HTML pages (the printable documents, 我的案件 and the case pages), as opposed to its APIs */
    static boolean isPage(String path) {
        return path.startsWith("/opinions/") || path.equals("/cases") || path.startsWith("/cases/") || path.startsWith("/disclosures/");
    }

    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        refuse(response, status, message, true);
    }

    static void refuse(HttpServletResponse response, int status, String message, boolean challenge) throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED && challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"sanxiang\", charset=\"UTF-8\"");
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(Map.of("error", message, "status", status)));
    }
}
