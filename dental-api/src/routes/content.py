"""Published articles and case studies, for everyone."""
from flask_smorest import Blueprint, abort

from ..models import Article, CaseStudy
from ..openapi import ErrorSchema
from ..pagination import paginate
from ..schemas.common import PaginationArgs, page_of
from ..schemas.content import (
    ArticleSchema, ArticleSummarySchema, CaseStudySchema, CaseStudySummarySchema, ContentListArgs,
)
from ..services import content

blp = Blueprint("content", __name__, url_prefix="/api", description="Articles et cas cliniques publiés")


@blp.route("/articles")
@blp.arguments(ContentListArgs, location="query")
@blp.response(200, page_of(ArticleSummarySchema))
def list_articles(args):
    """List published articles, newest first; `q` searches title and content."""
    return paginate(content.published(Article, args.get("q")), args["page"], args["per_page"])


@blp.route("/articles/<slug>")
@blp.response(200, ArticleSchema)
@blp.alt_response(404, schema=ErrorSchema)
def get_article(slug):
    """Read a published article."""
    article = content.find_published_article(slug)
    if article is None:
        abort(404, message="Article introuvable.")
    return article


@blp.route("/case-studies")
@blp.arguments(PaginationArgs, location="query")
@blp.response(200, page_of(CaseStudySummarySchema))
def list_case_studies(args):
    """List published case studies, newest first."""
    return paginate(content.published(CaseStudy), args["page"], args["per_page"])


@blp.route("/case-studies/<slug>")
@blp.response(200, CaseStudySchema)
@blp.alt_response(404, schema=ErrorSchema)
def get_case_study(slug):
    """Read a published case study with the active products it uses."""
    case_study = content.find_published_case_study(slug)
    if case_study is None:
        abort(404, message="Cas clinique introuvable.")
    return case_study
