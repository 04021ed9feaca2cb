package cn.kepu.publicity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NewsPointsEntries extends JpaRepository<NewsPointsEntry, Long> {

    List<NewsPointsEntry> findByOfficeId(long officeId);
}
