package cn.kepu.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityVideoContents extends JpaRepository<ActivityVideoContent, Long> {
}
