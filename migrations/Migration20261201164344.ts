import { Migration } from '@mikro-orm/migrations';

export class Migration20261201164344 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "report_delivery" drop constraint "report_delivery_subscription_id_period_start_unique";`);

    this.addSql(`alter table "report_delivery" add constraint "report_delivery_organization_id_subscription_id_p_f3995_unique" unique ("organization_id", "subscription_id", "period_start");`);

    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_webhook_id_event_key_unique";`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_organization_id_webhook_id_event_key_unique" unique ("organization_id", "webhook_id", "event_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "report_delivery" drop constraint "report_delivery_organization_id_subscription_id_p_f3995_unique";`);

    this.addSql(`alter table "report_delivery" add constraint "report_delivery_subscription_id_period_start_unique" unique ("subscription_id", "period_start");`);

    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_organization_id_webhook_id_event_key_unique";`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_webhook_id_event_key_unique" unique ("webhook_id", "event_key");`);
  }

}
