package org.sanxiang.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** 负责人集体讨论: attendees, minutes and the resolution that settles the review. */
@Entity
@Table(name = "review_collective_discussion")
public class CollectiveDiscussion extends ReviewRecord {

    @Enumerated(EnumType.STRING)
    private Resolution resolution;
    private String minutes;
    private String attendees;

    protected CollectiveDiscussion() {
    }

    public CollectiveDiscussion(ReviewStep step, Resolution resolution, String minutes, String attendees) {
        super(step);
        this.resolution = resolution;
        this.minutes = minutes;
        this.attendees = attendees;
    }

    public Resolution getResolution() { return resolution; }
    public String getMinutes() { return minutes; }
    public String getAttendees() { return attendees; }
}
