package org.cunwu.cadres.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.shared.export.ExportFormat;
import org.cunwu.shared.export.TableExporter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /cadres/import: upload a roster in the export's format; the template is an empty export. */
@Controller
@RequestMapping("/cadres/import")
class CadreImportController {

    private final CadreImport importer;
    private final CadreService cadres;
    private final TableExporter exporter;

    CadreImportController(CadreImport importer, CadreService cadres, TableExporter exporter) {
        this.importer = importer;
        this.cadres = cadres;
        this.exporter = exporter;
    }

    @GetMapping
    String showImportForm() {
        requireCreator();
        return "cadres/import";
    }

    @GetMapping("/template")
    void downloadTemplate(HttpServletResponse response) throws IOException {
        requireCreator();
        exporter.export(response, ExportFormat.XLSX, "村干部导入模板", CadreSheet.HEADERS, sink -> sink.row(List.of(
                "（示例，导入前删除此行）", "男", "1992-05-01", "13800000000", "本科", "2015-07-01", "否", "371311006201", "褚墩一村",
                "党支部书记", "2021-01-18", "", "", "")));
    }

    @PostMapping
    String processImport(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
        requireCreator();
        if (file == null || file.isEmpty()) {
            model.addAttribute("problems", List.of(new CadreImport.Problem(0, "", "import.noFile", null)));
            return "cadres/import";
        }
        CadreImport.Result result;
        try {
            result = importer.importRoster(file.getInputStream());
        } catch (CadreImport.RowRejected e) {
            result = new CadreImport.Result(0, List.of(e.problem));
        }
        if (!result.ok()) {
            model.addAttribute("problems", result.problems());
            return "cadres/import";
        }
        redirect.addFlashAttribute("success", "import.done");
        redirect.addFlashAttribute("importSummary", result.summary());
        return "redirect:/cadres";
    }

    private void requireCreator() {
        if (!cadres.canCreate()) {
            throw new AccessDeniedException("may not import cadres");
        }
    }
}
