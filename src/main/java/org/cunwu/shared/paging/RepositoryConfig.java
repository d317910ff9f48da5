package org.cunwu.shared.paging;

import org.cunwu.CunwuApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Every repository of the application on {@link ListCountingRepository}, Spring Data's own otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = CunwuApplication.class, repositoryBaseClass = ListCountingRepository.class)
class RepositoryConfig {
}
