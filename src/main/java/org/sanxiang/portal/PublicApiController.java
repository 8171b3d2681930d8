package org.sanxiang.portal;

import java.util.List;

import org.sanxiang.disclosure.DecisionPage;
import org.sanxiang.disclosure.PublicDecision;
import org.sanxiang.disclosure.PublishedDecisions;
import org.sanxiang.refusal.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portal as JSON: published decisions (search, one decision or its tombstone) and the enforcement staff. */
@RestController
@RequestMapping("/api/public")
class PublicApiController {

    private final PublishedDecisions decisions;
    private final PublicStaff staff;

    PublicApiController(PublishedDecisions decisions, PublicStaff staff) {
        this.decisions = decisions;
        this.staff = staff;
    }

    @GetMapping("/decisions")
    public DecisionPage search(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
                               @RequestParam(required = false) String category, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String page,
                               @RequestParam(required = false) String size) {
        return decisions.search(PortalQuery.parse(q, agency, category, from, to, page, size));
    }

    @GetMapping("/decisions/{id}")
    public PublicDecision decision(@PathVariable String id) {
        return PortalPages.id(id).flatMap(decisions::find).orElseThrow(() -> new NotFoundException("没有这份公示的执法决定。"));
    }

    @GetMapping("/staff")
    public List<StaffEntry> staff() {
        return staff.list();
    }
}
