package cn.kepu.mobile;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MobileResources extends JpaRepository<MobileResource, Long>, JpaSpecificationExecutor<MobileResource> {
}
