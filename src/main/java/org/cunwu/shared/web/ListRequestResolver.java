package org.cunwu.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a list's handler method its {@link ListRequest}. */
class ListRequestResolver implements HandlerMethodArgumentResolver {

    private final Paging paging;

    ListRequestResolver(Paging paging) {
        this.paging = paging;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ListRequest.class;
    }

    @Override
    public ListRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return new ListRequest(request.getNativeRequest(HttpServletRequest.class), paging);
    }
}
