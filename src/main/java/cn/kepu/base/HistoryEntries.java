package cn.kepu.base;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HistoryEntries extends JpaRepository<HistoryEntry, Long> {

    List<HistoryEntry> findBySubjectAndSubjectIdOrderByIdAsc(String subject, long subjectId);
}
