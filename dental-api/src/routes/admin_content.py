"""Articles and case studies, drafts included (admin)."""
from flask_jwt_extended import current_user
from flask_smorest import Blueprint, abort

from ..auth import BEARER_DOC, admin_required
from ..extensions import db
from ..models import Article, CaseStudy
from ..openapi import ErrorSchema
from ..pagination import paginate
from ..schemas.common import page_of
from ..schemas.content import (
    AdminArticleSchema, AdminArticleSummarySchema, AdminCaseStudySchema, AdminCaseStudySummarySchema,
    AdminContentListArgs, ArticleCreateSchema, ArticleUpdateSchema, CaseStudyCreateSchema,
    CaseStudyUpdateSchema,
)
from ..services import content

blp = Blueprint("admin_content", __name__, url_prefix="/api/admin",
                description="Articles et cas cliniques (administration)")


def _article_or_404(article_id):
    article = db.session.get(Article, article_id)
    if article is None:
        abort(404, message="Article introuvable.")
    return article


def _case_study_or_404(case_study_id):
    case_study = content.find_case_study(case_study_id)
    if case_study is None:
        abort(404, message="Cas clinique introuvable.")
    return case_study


def _unknown_products(error):
    ids = ", ".join(str(product_id) for product_id in error.product_ids)
    abort(422, message="Données invalides.", errors={"product_ids": [f"Produits inconnus : {ids}."]})


@blp.route("/articles")
@admin_required
@blp.arguments(AdminContentListArgs, location="query")
@blp.response(200, page_of(AdminArticleSummarySchema))
@blp.doc(**BEARER_DOC)
def list_admin_articles(args):
    """List every article, drafts included (admin)."""
    query = content.everything(Article, args.get("status"), args.get("q"))
    return paginate(query, args["page"], args["per_page"])


@blp.route("/articles", methods=["POST"])
@admin_required
@blp.arguments(ArticleCreateSchema)
@blp.response(201, AdminArticleSchema)
@blp.doc(**BEARER_DOC)
def create_article(data):
    """Create an article (admin); its slug comes from the title."""
    return content.create_article(data, current_user)


@blp.route("/articles/<int:article_id>")
@admin_required
@blp.response(200, AdminArticleSchema)
@blp.alt_response(404, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
def get_admin_article(article_id):
    """Read an article, draft or published (admin)."""
    return _article_or_404(article_id)


@blp.route("/articles/<int:article_id>", methods=["PATCH"])
@admin_required
@blp.arguments(ArticleUpdateSchema)
@blp.response(200, AdminArticleSchema)
@blp.alt_response(404, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
def update_article(data, article_id):
    """Update an article (admin); the slug stays as it is."""
    return content.update_article(_article_or_404(article_id), data)


@blp.route("/articles/<int:article_id>", methods=["DELETE"])
@admin_required
@blp.response(204)
@blp.alt_response(404, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
def delete_article(article_id):
    """Delete an article (admin)."""
    content.delete(_article_or_404(article_id))


@blp.route("/case-studies")
@admin_required
@blp.arguments(AdminContentListArgs, location="query")
@blp.response(200, page_of(AdminCaseStudySummarySchema))
@blp.doc(**BEARER_DOC)
def list_admin_case_studies(args):
    """List every case study, drafts included (admin)."""
    query = content.everything(CaseStudy, args.get("status"), args.get("q"))
    return paginate(query, args["page"], args["per_page"])


@blp.route("/case-studies", methods=["POST"])
@admin_required
@blp.arguments(CaseStudyCreateSchema)
@blp.response(201, AdminCaseStudySchema)
@blp.doc(**BEARER_DOC)
def create_case_study(data):
    """Create a case study (admin); unknown product ids → 422."""
    try:
        return content.create_case_study(data)
    except content.UnknownProducts as error:
        _unknown_products(error)


@blp.route("/case-studies/<int:case_study_id>")
@admin_required
@blp.response(200, AdminCaseStudySchema)
@blp.alt_response(404, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
def get_admin_case_study(case_study_id):
    """Read a case study, draft or published, with all its products (admin)."""
    return _case_study_or_404(case_study_id)


@blp.route("/case-studies/<int:case_study_id>", methods=["PATCH"])
@admin_required
@blp.arguments(CaseStudyUpdateSchema)
@blp.response(200, AdminCaseStudySchema)
@blp.alt_response(404, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
def update_case_study(data, case_study_id):
    """Update a case study (admin); the slug stays as it is."""
    try:
        return content.update_case_study(_case_study_or_404(case_study_id), data)
    except content.UnknownProducts as error:
        _unknown_products(error)


@blp.route("/case-studies/<int:case_study_id>", methods=["DELETE"])
@admin_required
@blp.response(204)
@blp.alt_response(404, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
def delete_case_study(case_study_id):
    """Delete a case study (admin)."""
    content.delete(_case_study_or_404(case_study_id))
