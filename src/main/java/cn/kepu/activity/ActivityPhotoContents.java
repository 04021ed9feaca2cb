package cn.kepu.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityPhotoContents extends JpaRepository<ActivityPhotoContent, Long> {
}
