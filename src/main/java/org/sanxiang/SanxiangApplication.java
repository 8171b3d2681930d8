package org.sanxiang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SanxiangApplication {
    public static void main(String[] args) {
        SpringApplication.run(SanxiangApplication.class, args);
    }
}
