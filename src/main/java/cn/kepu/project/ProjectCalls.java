package cn.kepu.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectCalls extends JpaRepository<ProjectCall, Long> {

    List<ProjectCall> findAllByOrderByIdDesc();

    boolean existsByIssuer_IdAndTitle(long issuerId, String title);
}
