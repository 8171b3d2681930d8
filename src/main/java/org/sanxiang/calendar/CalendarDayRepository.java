package org.sanxiang.calendar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarDayRepository extends JpaRepository<CalendarDayEntity, Long> {

    @Query("select d from CalendarDayEntity d where d.year = :year order by d.date")
    List<CalendarDayEntity> findByYear(@Param("year") int year);

    @Modifying
    @Query("delete from CalendarDayEntity d where d.year = :year")
    int deleteByYear(@Param("year") int year);
}
