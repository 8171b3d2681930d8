package org.sanxiang.calendar;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year whose schedule was added at run time; its days are {@link CalendarDayEntity} rows. */
@Entity
@Table(name = "working_calendar_year")
class CalendarYearEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cal_year", nullable = false, unique = true)
    private int year;

    @Column(name = "source", length = ScheduleValidator.MAX_SOURCE_LENGTH)
    private String source;

    /** Beijing time (Asia/Shanghai). */
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    protected CalendarYearEntity() {
    }

    CalendarYearEntity(int year, String source, LocalDateTime updatedAt, String updatedBy) {
        this.year = year;
        this.source = source;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    int getYear() {
        return year;
    }

    String getSource() {
        return source;
    }

    LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
