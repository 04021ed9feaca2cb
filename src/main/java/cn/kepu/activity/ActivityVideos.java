package cn.kepu.activity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityVideos extends JpaRepository<ActivityVideo, Long> {

    List<ActivityVideo> findByActivity_IdOrderById(long activityId);

    long countByActivity_Id(long activityId);
}
