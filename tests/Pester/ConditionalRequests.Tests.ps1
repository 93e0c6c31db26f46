BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

AfterAll { Set-ImgurOption -UseETag $true }

Describe 'ETags' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        Clear-EmulatorRequest
    }

    It 'asks again with If-None-Match and reuses the remembered answer on 304' {
        $first = Get-ImgurGallery -Page 1
        $second = Get-ImgurGallery -Page 1 -Verbose 4>&1

        (Get-EmulatorRequest).status | Should -Be @(200, 304)
        $items = $second | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }
        ($items | ConvertTo-Comparable) | Should -Be ($first | ConvertTo-Comparable)
        ($second | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message | Should -Match '-> 304 in'
        $items[0].RateLimit.ClientRemaining | Should -Be ($first[0].RateLimit.ClientRemaining - 1) -Because 'a 304 still costs a credit'
    }

    It 'can be turned off' {
        Set-ImgurOption -UseETag $false
        try {
            $null = Get-ImgurGallery -Page 1
            $null = Get-ImgurGallery -Page 1
            (Get-EmulatorRequest).status | Should -Be @(200, 200)
            (Get-ImgurOption).UseETag | Should -BeFalse
        }
        finally { Set-ImgurOption -UseETag $true }
    }
}

Describe 'Deprecated endpoints' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
    }

    It 'warn once per endpoint and session, naming the Sunset date' {
        $warnings = @(
            Get-ImgurGallery -Random -Page 0 3>&1 | Where-Object { $_ -is [System.Management.Automation.WarningRecord] }
            Get-ImgurGallery -Random -Page 1 3>&1 | Where-Object { $_ -is [System.Management.Automation.WarningRecord] }
        )

        $warnings | Should -HaveCount 1
        $warnings[0].Message | Should -Match 'deprecated GET /3/gallery/random/random: it may stop working after 2027-01-01'
    }

    It 'warn for any route that carries the header' {
        Add-EmulatorFault -Path '^/3/credits$' -Kind sunset

        $warning = Get-ImgurCredit 3>&1 | Where-Object { $_ -is [System.Management.Automation.WarningRecord] }

        $warning.Message | Should -Match 'GET /3/credits'
    }
}
