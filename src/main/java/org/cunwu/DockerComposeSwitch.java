package org.cunwu;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides at start-up whether Boot's Docker Compose support may run: only where docker-compose.yml
 * is present, no PostgreSQL answers on 127.0.0.1:5432, and a Docker engine answers. Otherwise it is
 * switched off, because with a docker client but no engine it would abort the start
 * (DockerNotRunningException). An explicit spring.docker.compose.enabled always wins.
 */
public class DockerComposeSwitch implements EnvironmentPostProcessor {

    static final String PROPERTY = "spring.docker.compose.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(PROPERTY)) {
            return;
        }
        boolean enable = Files.exists(Path.of("docker-compose.yml")) && !localPostgresAnswers() && dockerEngineAnswers();
        environment.getPropertySources().addLast(new MapPropertySource("cunwuDockerComposeSwitch", Map.of(PROPERTY, enable)));
    }

    static boolean localPostgresAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean dockerEngineAnswers() {
        try {
            Process process = new ProcessBuilder("docker", "info").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
