package cn.kepu.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The personal-data key comes from {@code kepu.personal-data.key} (environment: KEPU_PERSONAL_DATA_KEY), 32 hex
 * characters. Without a valid one the application does not start, with a Chinese message saying what to set: storing
 * ID numbers unprotected, or refusing them only at the first registration, would both be found too late. The demo
 * and the tests set a fixed, public key in their properties; production sets none (application-prod.properties).
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataKey {

    @Bean
    PersonalDataCipher personalDataCipher(@Value("${kepu.personal-data.key:}") String key) {
        return PersonalDataCipher.ofHexKey(key);
    }
}
