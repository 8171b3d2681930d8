package org.sanxiang.workplace;

import org.sanxiang.people.Directory;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases?q=&stage=&handler=&page=}: the cases the signed-in user may read, newest first, 20 a page;
 * {@code q} matches the case number, the party or the title, {@code stage} is 办理中/已作出决定/已结案/已归档 (or
 * OPEN/DECIDED/CLOSED/ARCHIVED), {@code handler} a handler's user id.
 */
@RestController
class CaseListController {

    private final CaseSearch search;
    private final Directory directory;

    CaseListController(CaseSearch search, Directory directory) {
        this.search = search;
        this.directory = directory;
    }

    @GetMapping("/api/cases")
    CaseSearch.CasePage cases(@RequestParam(required = false) String q, @RequestParam(required = false) String stage,
                              @RequestParam(required = false) String handler, @RequestParam(defaultValue = "1") String page) {
        return search.search(directory.actingUser().orElseThrow(() -> new ActionNotAllowedException("请先登录。")),
            q, stage, handler, CasePages.pageNumber(page));
    }
}
