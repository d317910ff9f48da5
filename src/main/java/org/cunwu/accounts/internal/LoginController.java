package org.cunwu.accounts.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String showLoginForm() {
        return "accounts/login";
    }
}
