package org.cunwu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CunwuApplication {

    public static void main(String[] args) {
        SpringApplication.run(CunwuApplication.class, args);
    }
}
