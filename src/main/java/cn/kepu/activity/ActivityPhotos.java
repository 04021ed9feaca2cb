package cn.kepu.activity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityPhotos extends JpaRepository<ActivityPhoto, Long> {

    List<ActivityPhoto> findByActivity_IdOrderById(long activityId);

    long countByActivity_Id(long activityId);
}
