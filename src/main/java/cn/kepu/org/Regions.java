package cn.kepu.org;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Regions extends JpaRepository<Region, String> {

    List<Region> findByParentCodeOrderByCode(String parentCode);

    List<Region> findByParentCodeIsNullOrderByCode();

    @Query("select r from Region r where r.name like concat('%', :q, '%') or r.code like concat(:q, '%') order by r.code")
    List<Region> search(String q, Limit limit);
}
