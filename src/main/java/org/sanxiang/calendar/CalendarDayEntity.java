package org.sanxiang.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One day of a stored schedule: a day off with its holiday's name, or an adjusted working day. */
@Entity
@Table(name = "working_calendar_day")
class CalendarDayEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cal_year", nullable = false)
    private int year;

    @Column(name = "cal_date", nullable = false, unique = true)
    private LocalDate date;

    /** true: official day off (放假); false: weekend day declared a working day (调休上班). */
    @Column(name = "day_off", nullable = false)
    private boolean dayOff;

    /** The holiday's name; null for an adjusted working day. */
    @Column(name = "name", length = ScheduleValidator.MAX_NAME_LENGTH)
    private String name;

    protected CalendarDayEntity() {
    }

    CalendarDayEntity(int year, LocalDate date, boolean dayOff, String name) {
        this.year = year;
        this.date = date;
        this.dayOff = dayOff;
        this.name = name;
    }

    LocalDate getDate() {
        return date;
    }

    boolean isDayOff() {
        return dayOff;
    }

    String getName() {
        return name;
    }
}
