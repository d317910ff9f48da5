package org.cunwu.cadres.internal;

import org.cunwu.shared.dictionary.Dictionary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the posts for the administrator's dictionary pages (/admin/dictionaries/posts). */
@Configuration(proxyBeanMethods = false)
class PostTypeDictionary {

    @Bean
    Dictionary<PostType> postTypes(PostTypeRepository postTypes) {
        return new Dictionary<>("posts", "dictionary.posts.title", postTypes, PostType::new);
    }
}
