// source: `forms` (where data is collected, and the purposes each serves) → Model::forms. Shape
// only: rules/references.cc checks the ids; notice/jit.cc writes a just-in-time notice per form, headed
// in a children's version by the form's `child` (or `child_by_band`) name.
#include "source/loader.h"
#include "source/reader.h"

namespace pnc::source {

void ReadForms(LoadContext* ctx, ObjectReader& top, Model* model) {
  top.List("forms", false, [&](const nlohmann::json& v, const std::string& p) {
    ObjectReader r(ctx, v, p, "a form");
    Form f;
    f.pointer = p;
    f.id = r.String("id", true);
    f.name = r.TextField("name", true);
    f.child = r.TextField("child");
    ReadChildByBand(ctx, r, model->notice, f.child, BandLimit{}, &f.child_by_band);
    f.purposes = r.Refs("purposes", true);
    if (r.ok() && v.contains("purposes") && f.purposes.empty()) {
      ctx->Error(r.At("purposes"), "a form names at least one purpose", "missing-field",
                 {"list the ids of the purposes the data given on this form is used for"});
    }
    r.Finish();
    model->forms.push_back(f);
  });
}

}  // namespace pnc::source
