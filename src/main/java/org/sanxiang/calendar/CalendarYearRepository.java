package org.sanxiang.calendar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarYearRepository extends JpaRepository<CalendarYearEntity, Long> {

    Optional<CalendarYearEntity> findByYear(int year);

    @Query("select y.year from CalendarYearEntity y order by y.year")
    List<Integer> findAllYears();

    @Modifying
    @Query("delete from CalendarYearEntity y where y.year = :year")
    int deleteByYear(@Param("year") int year);
}
