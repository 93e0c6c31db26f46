BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $samples = Join-Path $PSScriptRoot '../../samples'
}

AfterAll { Set-ImgurOption -CreditReservePercent 10 -LowCreditWarningPercent 20 }

Describe 'The credit guard' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
    }

    It 'stops a batch before the reserve with one error that counts the files not sent and says when they can be' {
        # 12500 daily credits keep a reserve of 1250; 1275 left pays for two uploads of 10 and no more.
        Set-EmulatorLimit @{ clientRemaining = 1275 }
        $null = Get-ImgurGallery
        Clear-EmulatorRequest
        $files = @(New-TestImage -Folder (Join-Path $TestDrive ([guid]::NewGuid())) -Count 6)

        $thrown = $null
        $images = @()
        try { $files | Send-ImgurImage -ThrottleLimit 1 -ErrorVariable refused | ForEach-Object { $images += $_ } } catch { $thrown = $_ }

        $images | Should -HaveCount 2
        @($refused) | Should -HaveCount 1 -Because 'one refusal for the batch, not one per file'
        $thrown.FullyQualifiedErrorId | Should -Be 'ImgurCreditsKept,ImgurPS.Commands.Image.SendImgurImageCommand'
        $thrown.CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $thrown.Exception | Should -BeOfType ImgurPS.Client.ImgurCreditException
        $thrown.TargetObject | Should -Be $files[2]
        $thrown.ToString() | Should -Match 'reserve'
        $thrown.ToString() | Should -Match "4 file\(s\) were not sent, from 'image003\.png' on\. Run the command again after \d\d:\d\d"
        (Get-EmulatorRequest | Where-Object path -EQ '/3/image.json') | Should -HaveCount 2
    }

    It 'guards the first request after Connect-Imgur, which reads the credits from the body of /3/credits' {
        # Imgur's /3/credits answer carries no rate-limit headers (spec Q8); the emulator must not either.
        $raw = Invoke-WebRequest -Uri "$(Get-EmulatorUri)3/credits.json" -Headers @{ Authorization = "Client-ID $((Get-EmulatorCredential).clientId)" }
        $raw.Headers.Keys | Where-Object { $_ -like 'X-*Rate*Limit*' } | Should -BeNullOrEmpty
        Set-EmulatorLimit @{ clientRemaining = 1255 }
        $null = Connect-TestImgur
        Clear-EmulatorRequest

        $refused = $null
        try { $null = Send-ImgurImage -Path (Join-Path $samples 'sunrise.png') } catch { $refused = $_ }

        $refused.FullyQualifiedErrorId | Should -BeLike 'ImgurCreditsKept*'
        $refused.ToString() | Should -Match "'sunrise\.png'"
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'remembers the POST allowance across GETs and holds the next POST instead of sending it into a 429' {
        Set-EmulatorLimit @{ postRemaining = 1 }
        $null = Send-ImgurImage -Path (Join-Path $samples 'sunrise.png')
        $null = Get-ImgurGallery
        Clear-EmulatorRequest

        $refused = $null
        try { $null = Send-ImgurImage -Path (Join-Path $samples 'forest.png') } catch { $refused = $_ }

        $refused.FullyQualifiedErrorId | Should -BeLike 'ImgurCreditsKept*'
        $refused.ToString() | Should -Match 'POST allowance is spent'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'lets the reserve be changed or turned off' {
        Set-EmulatorLimit @{ clientRemaining = 1255 }
        $null = Get-ImgurGallery
        Set-ImgurOption -CreditReservePercent 0

        (Send-ImgurImage -Path (Join-Path $samples 'sunrise.png')).Id | Should -Not -BeNullOrEmpty
        (Get-ImgurOption).CreditReservePercent | Should -Be 0
        Set-ImgurOption -CreditReservePercent 10
    }

    It 'stops at once when the hourly user credits are spent and their reset is far' {
        Set-EmulatorLimit @{ userRemaining = 0 }
        $null = Get-ImgurGallery -ErrorAction SilentlyContinue
        Clear-EmulatorRequest

        $null = Get-ImgurGallery -ErrorAction SilentlyContinue -ErrorVariable refused

        $refused[0].FullyQualifiedErrorId | Should -BeLike 'ImgurCreditsKept*'
        $refused[0].ToString() | Should -Match 'hourly user credits are spent'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'warns once when the application credits run low' {
        Set-EmulatorLimit @{ clientRemaining = 2000 }

        $warnings = @(
            Get-ImgurGallery 3>&1 | Where-Object { $_ -is [System.Management.Automation.WarningRecord] }
            Get-ImgurGallery -Page 1 3>&1 | Where-Object { $_ -is [System.Management.Automation.WarningRecord] }
        )

        $warnings | Should -HaveCount 1
        $warnings[0].Message | Should -Match 'Only 1999 of the application''s 12500 daily Imgur credits are left'
    }
}
